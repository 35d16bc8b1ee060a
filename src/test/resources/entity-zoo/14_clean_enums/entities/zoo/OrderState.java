package zoo;

/** Labels of the PostgreSQL enum order_state. */
public enum OrderState {
  NEW,
  PAID,
  SHIPPED
}
