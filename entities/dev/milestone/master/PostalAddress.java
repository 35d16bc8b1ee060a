package dev.milestone.master;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A postal address; the owning entity maps the columns with {@code @AttributeOverride}s. */
@Embeddable
public class PostalAddress {

  @Column(name = "street", length = 200)
  private String street;

  @Column(name = "postal_code", length = 20)
  private String postalCode;

  @Column(name = "city", length = 100)
  private String city;

  @Column(name = "country_code", length = 2)
  private String countryCode;

  protected PostalAddress() {}

  public PostalAddress(String street, String postalCode, String city, String countryCode) {
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
