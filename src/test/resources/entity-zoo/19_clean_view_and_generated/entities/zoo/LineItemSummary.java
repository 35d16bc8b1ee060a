package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.Immutable;

/** An immutable entity over a view: its columns must exist. */
@Entity
@Immutable
@Table(name = "line_item_summary")
public class LineItemSummary {
  @Id
  @Column(name = "item_count")
  private Long itemCount;

  @Column(name = "grand_total")
  private BigDecimal grandTotal;
}
