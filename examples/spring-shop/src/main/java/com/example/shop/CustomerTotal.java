package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import org.hibernate.annotations.Immutable;

/** A row of the customer_total view: read-only, its columns' types checked like a table's. */
@Entity
@Immutable
public class CustomerTotal {
  @Id private Long customerId;

  private long orderCount;

  @Column(precision = 14, scale = 2)
  private BigDecimal totalSpent;

  public Long getCustomerId() {
    return customerId;
  }

  public long getOrderCount() {
    return orderCount;
  }

  public BigDecimal getTotalSpent() {
    return totalSpent;
  }
}
