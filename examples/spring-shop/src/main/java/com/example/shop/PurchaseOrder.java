package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/** An order of a customer. */
@Entity
public class PurchaseOrder {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "customer_id")
  private Customer customer;

  @NotNull
  @Size(max = 20)
  private String orderNumber;

  @NotNull
  @Column(precision = 12, scale = 2)
  private BigDecimal totalAmount;

  @NotNull private Instant placedAt;

  public Long getId() {
    return id;
  }

  public Customer getCustomer() {
    return customer;
  }

  public String getOrderNumber() {
    return orderNumber;
  }

  public BigDecimal getTotalAmount() {
    return totalAmount;
  }

  public Instant getPlacedAt() {
    return placedAt;
  }
}
