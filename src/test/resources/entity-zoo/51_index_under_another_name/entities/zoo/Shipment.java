package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Three indexes: one named differently, one named the same, one unnamed. */
@Entity
@Table(
    indexes = {
      @Index(name = "idx_shipment_carrier", columnList = "carrier"),
      @Index(name = "idx_shipment_tracking", columnList = "tracking_no"),
      @Index(columnList = "shipped_on")
    })
public class Shipment {
  @Id private Long id;

  @Column(length = 40)
  private String carrier;

  @Column(name = "tracking_no", length = 60)
  private String trackingNo;

  @Column(name = "shipped_on")
  private LocalDate shippedOn;
}
