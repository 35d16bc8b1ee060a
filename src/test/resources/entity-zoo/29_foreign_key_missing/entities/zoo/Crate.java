package zoo;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Set;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** Associations without the foreign keys behind them, or with other ones. */
@Entity
@Table(name = "crate")
public class Crate {
  @Id private Long id;

  /** No foreign key at all. */
  @ManyToOne(optional = false)
  @JoinColumn(name = "warehouse_id")
  private Warehouse warehouse;

  /** The key exists, but without the ON DELETE the mapping relies on. */
  @ManyToOne
  @OnDelete(action = OnDeleteAction.SET_NULL)
  @JoinColumn(name = "supplier_id")
  private Supplier supplier;

  /** The key references another table. */
  @ManyToOne
  @JoinColumn(name = "origin_id")
  private Supplier origin;

  /** The join table's second key is missing. */
  @ManyToMany
  @JoinTable(
      name = "crate_supplier",
      joinColumns = @JoinColumn(name = "crate_id"),
      inverseJoinColumns = @JoinColumn(name = "supplier_id"))
  private Set<Supplier> alternatives;

  /** Declared without a constraint: nothing to check. */
  @ManyToOne
  @JoinColumn(
      name = "backup_id",
      insertable = false,
      updatable = false,
      foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
  private Warehouse backup;
}
