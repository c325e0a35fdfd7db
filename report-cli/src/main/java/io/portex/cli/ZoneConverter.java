package io.portex.cli;

import java.time.DateTimeException;
import java.time.ZoneId;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --tz}: a region ({@code Europe/Berlin}) or an offset ({@code +01:00}, {@code UTC}).
 */
final class ZoneConverter implements ITypeConverter<ZoneId> {
  @Override
  public ZoneId convert(String value) {
    try {
      return ZoneId.of(value);
    } catch (DateTimeException e) {
      throw new TypeConversionException(
          "'"
              + value
              + "' is no time zone; use a region such as Europe/Berlin or an offset such as +01:00");
    }
  }
}
