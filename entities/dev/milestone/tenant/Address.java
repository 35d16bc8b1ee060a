package dev.milestone.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address (sites). */
@Embeddable
public class Address {

  @Column(name = "street", length = 200)
  private String street;

  @Column(name = "postal_code", length = 20)
  private String postalCode;

  @Column(name = "city", length = 100)
  private String city;

  /** ISO 3166-1 alpha-2, upper case (check constraint). */
  @Column(name = "country_code", length = 2)
  private String countryCode;

  protected Address() {}

  public Address(String street, String postalCode, String city, String countryCode) {
    this.street = street;
    this.postalCode = postalCode;
    this.city = city;
    this.countryCode = countryCode;
  }

  public String getStreet() {
    return street;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public String getCity() {
    return city;
  }

  public String getCountryCode() {
    return countryCode;
  }
}
