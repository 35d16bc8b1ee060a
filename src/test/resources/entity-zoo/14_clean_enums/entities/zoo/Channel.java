package zoo;

/** Labels of the PostgreSQL enum channel. */
public enum Channel {
  WEB,
  SHOP
}
