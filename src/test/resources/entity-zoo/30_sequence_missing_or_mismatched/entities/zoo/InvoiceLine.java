package zoo;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** Its sequence does not exist. */
@Entity
@Table(name = "invoice_line")
public class InvoiceLine {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lines")
  @SequenceGenerator(name = "lines", sequenceName = "invoice_line_ids", allocationSize = 1)
  private Long id;
}
