package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One reading of a device. */
@Embeddable
public class Reading {
  private double value;

  @Column(name = "taken_at", nullable = false)
  private Instant takenAt;
}
