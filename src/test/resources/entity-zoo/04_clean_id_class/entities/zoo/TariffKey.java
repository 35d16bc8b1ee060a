package zoo;

import java.io.Serializable;
import java.util.Objects;

/** @IdClass of Tariff. */
public class TariffKey implements Serializable {
  private String zone;
  private String code;
  private int year;

  @Override
  public boolean equals(Object o) {
    return o instanceof TariffKey other
        && Objects.equals(zone, other.zone)
        && Objects.equals(code, other.code)
        && year == other.year;
  }

  @Override
  public int hashCode() {
    return Objects.hash(zone, code, year);
  }
}
