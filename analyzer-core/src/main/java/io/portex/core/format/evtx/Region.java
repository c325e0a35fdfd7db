package io.portex.core.format.evtx;

/**
 * Bytes of a chunk: a nested BinXml value, to be decoded where it is used.
 *
 * @param offset the chunk offset of its first byte
 * @param size its length in bytes
 */
record Region(int offset, int size) {

  int end() {
    return offset + size;
  }
}
