package zoo;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** An association towards the view-mapped entity: no foreign key can exist. */
@Entity
public class Visit {
  @Id private Long id;

  @ManyToOne
  @JoinColumn(name = "branch_id")
  private BranchOverview branch;
}
