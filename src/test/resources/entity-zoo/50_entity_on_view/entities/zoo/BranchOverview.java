package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.Immutable;

/** Read through a view: opened_at is timestamptz there, the entity reads a timestamp. */
@Entity
@Immutable
@Table(name = "branch_overview")
public class BranchOverview {
  @Id private Long id;

  @Column(nullable = false, length = 80)
  private String city;

  @Column(name = "opened_at", nullable = false)
  private LocalDateTime openedAt;

  @Column(nullable = false)
  private long staff;
}
