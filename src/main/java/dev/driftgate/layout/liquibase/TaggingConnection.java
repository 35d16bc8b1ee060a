package dev.driftgate.layout.liquibase;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.function.UnaryOperator;

/**
 * A JDBC connection that passes every SQL text through {@code tag} before it reaches PostgreSQL:
 * the way driftgate's DDL log learns which changeset ran a statement that Liquibase, not driftgate,
 * sends. Statements and prepared statements made from it are tagged alike, and limited in time as
 * driftgate limits the statements it sends itself.
 */
final class TaggingConnection implements InvocationHandler {
  private static final Set<String> SQL_FIRST =
      Set.of(
          "execute",
          "executeQuery",
          "executeUpdate",
          "executeLargeUpdate",
          "addBatch",
          "prepareStatement",
          "prepareCall");

  private final Object target;
  private final UnaryOperator<String> tag;
  private final IntSupplier timeout;

  private TaggingConnection(Object target, UnaryOperator<String> tag, IntSupplier timeout) {
    this.target = target;
    this.tag = tag;
    this.timeout = timeout;
  }

  /**
   * The connection, tagging with {@code tag}; every statement made from it is cancelled after
   * {@code timeout} seconds (0: never), read when it is made.
   */
  static Connection wrap(Connection connection, UnaryOperator<String> tag, IntSupplier timeout) {
    return proxy(Connection.class, connection, tag, timeout);
  }

  private static <T> T proxy(
      Class<T> type, T target, UnaryOperator<String> tag, IntSupplier timeout) {
    return type.cast(
        Proxy.newProxyInstance(
            TaggingConnection.class.getClassLoader(),
            new Class<?>[] {type},
            new TaggingConnection(target, tag, timeout)));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (args != null
        && args.length > 0
        && args[0] instanceof String sql
        && SQL_FIRST.contains(method.getName())) {
      args[0] = tag.apply(sql);
    }
    Object result;
    try {
      result = method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    if (result instanceof Statement s && target instanceof Connection) {
      s.setQueryTimeout(timeout.getAsInt());
      if (method.getName().equals("createStatement")) {
        return proxy(Statement.class, s, tag, timeout);
      }
    }
    return result;
  }
}
