package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.Set;

/** A team; its members' join table was never created. */
@Entity
@Table(name = "team")
public class Team {
  @Id private Long id;

  @Column(nullable = false, length = 80)
  private String name;

  @ManyToMany private Set<Player> members;
}
