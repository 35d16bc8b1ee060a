package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;

/** No explicit names: the naming strategy derives them. */
@Entity
public class WarehouseLocation {
  @Id private Long id;

  @Column(nullable = false)
  private String shelfCode;

  private int maxWeightKg;

  private LocalDate openedOn;
}
