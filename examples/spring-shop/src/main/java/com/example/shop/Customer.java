package com.example.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A customer; Bean Validation, not @Column, says what the columns must hold. */
@Entity
public class Customer {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank
  @Size(max = 80)
  private String displayName;

  @NotNull
  @Email
  @Size(max = 200)
  private String emailAddress;

  @NotNull private Instant createdAt;

  public Long getId() {
    return id;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getEmailAddress() {
    return emailAddress;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
