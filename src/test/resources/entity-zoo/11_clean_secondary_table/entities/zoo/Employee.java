package zoo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import java.math.BigDecimal;

/** Part of the entity lives in a @SecondaryTable joined by primary key. */
@Entity
@SecondaryTable(
    name = "employee_payroll",
    pkJoinColumns = @PrimaryKeyJoinColumn(name = "employee_id"))
public class Employee {
  @Id private Long id;

  @Column(nullable = false, length = 100)
  private String name;

  @Column(table = "employee_payroll", nullable = false, precision = 10, scale = 2)
  private BigDecimal salary;

  @Column(table = "employee_payroll", length = 34)
  private String iban;
}
