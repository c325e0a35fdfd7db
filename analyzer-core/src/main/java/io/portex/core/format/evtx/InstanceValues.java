package io.portex.core.format.evtx;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The substitution values of one template instance, decoded when first asked for. The parser checks
 * every value as it reads the instance ({@link ValueReader#check}), so a value that cannot be
 * decoded fails the record as before; its text (a GUID, a SID, a number) is only made when an event
 * field needs it. Holds on to the chunk's bytes: use it while the chunk is being decoded.
 */
final class InstanceValues extends AbstractList<Value> implements RandomAccess {

  private final byte[] bytes;
  private final int[] offsets;
  private final int[] sizes;
  private final int[] types;
  private final Value[] decoded;

  /**
   * @param bytes the chunk
   * @param offsets where each value starts in the chunk
   * @param sizes the byte size of each value
   * @param types the {@link ValueType} of each value
   */
  InstanceValues(byte[] bytes, int[] offsets, int[] sizes, int[] types) {
    this.bytes = bytes;
    this.offsets = offsets;
    this.sizes = sizes;
    this.types = types;
    this.decoded = new Value[types.length];
  }

  @Override
  public Value get(int index) {
    Value value = decoded[index];
    if (value == null) {
      value = ValueReader.read(bytes, offsets[index], sizes[index], types[index]);
      decoded[index] = value;
    }
    return value;
  }

  @Override
  public int size() {
    return types.length;
  }

  /** The {@link ValueType} of value {@code index}, without decoding it. */
  int type(int index) {
    return types[index];
  }
}
