package zoo;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import java.util.Set;

/** An association and a join table named by Spring's implicit naming. */
@Entity
public class StockItem {
  @Id private Long id;

  private String itemName;

  @ManyToOne private WarehouseLocation warehouseLocation;

  @ManyToMany private Set<StockItem> alternatives;
}
