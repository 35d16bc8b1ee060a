package dev.milestone.master;

/** PostgreSQL enum {@code sso_provider}; constant names are the enum labels. */
public enum SsoProvider {
  saml,
  oidc,
  azure_ad,
  google
}
