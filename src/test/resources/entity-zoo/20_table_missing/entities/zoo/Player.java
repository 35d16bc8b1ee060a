package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A player: the table is missing. */
@Entity
@Table(name = "player")
public class Player {
  @Id private Long id;

  @Column(nullable = false, length = 80)
  private String nickname;
}
