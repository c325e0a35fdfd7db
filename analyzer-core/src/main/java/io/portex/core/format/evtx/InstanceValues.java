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

  /** The smallest number of 19 digits, more than {@link EventFields#number} reads. */
  private static final long NUMBER_LIMIT = 1_000_000_000_000_000_000L;

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

  /**
   * What {@link EventFields#number} gives for the text of value {@code index}: integers are taken
   * from their bytes (their text would be their decimal digits, a minus sign before negative ones),
   * other values from their text.
   */
  long number(int index) {
    int type = types[index];
    int size = sizes[index];
    if (size > 0) {
      switch (type) {
        case ValueType.INT8, ValueType.INT16, ValueType.INT32, ValueType.INT64 -> {
          long value = ValueReader.signed(bytes, offsets[index], size, type);
          return value < 0 || value >= NUMBER_LIMIT ? -1 : value;
        }
        case ValueType.UINT8, ValueType.UINT16, ValueType.UINT32, ValueType.UINT64 -> {
          long value = ValueReader.unsigned(bytes, offsets[index], size, type);
          return Long.compareUnsigned(value, NUMBER_LIMIT) >= 0 ? -1 : value;
        }
        default -> {}
      }
    }
    return EventFields.number(get(index).text());
  }

  /** The {@link ValueType} of value {@code index}, without decoding it. */
  int type(int index) {
    return types[index];
  }
}
