package io.portex.core.format.evtx;

import io.portex.core.format.evtx.BinXmlNode.Template;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The template definitions of one chunk by offset: decoded when first used (inline, in the first
 * record that needs it), then shared by every later record of the chunk that names its offset. A
 * definition that cannot be decoded is remembered as such, so each record using it is reported
 * without decoding it again.
 */
final class TemplateCache {

  private final OffsetMap<Template> templates = new OffsetMap<>();
  private final Map<Integer, String> broken = new HashMap<>();

  /** Forgets the templates of the previous chunk. */
  void startChunk() {
    templates.clear();
    broken.clear();
  }

  /** The template at {@code offset}, decoded by {@code definition} the first time. */
  Template get(int offset, IntFunction<Template> definition) {
    Template template = templates.get(offset);
    if (template != null) {
      return template;
    }
    String failure = broken.get(offset);
    if (failure != null) {
      throw new BinXmlException(failure);
    }
    try {
      template = definition.apply(offset);
    } catch (BinXmlException e) {
      String message = "template at offset " + offset + ": " + e.getMessage();
      broken.put(offset, message);
      throw new BinXmlException(message);
    }
    templates.put(offset, template);
    return template;
  }

  int size() {
    return templates.size();
  }
}
