package zoo;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.List;

/** Two mapped columns no migration ever added: one in the entity table, one in its collection. */
@Entity
@Table(name = "device")
public class Device {
  @Id private Long id;

  @Column(nullable = false, length = 40)
  private String serial;

  @Column(length = 60)
  private String firmware;

  @ElementCollection
  @CollectionTable(name = "device_reading", joinColumns = @JoinColumn(name = "device_id"))
  private List<Reading> readings;
}
