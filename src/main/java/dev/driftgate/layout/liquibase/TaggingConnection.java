package dev.driftgate.layout.liquibase;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A JDBC connection that passes every SQL text through {@code tag} before it reaches PostgreSQL:
 * the way driftgate's DDL log learns which changeset ran a statement that Liquibase, not driftgate,
 * sends. Statements and prepared statements made from it are tagged alike.
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

  private TaggingConnection(Object target, UnaryOperator<String> tag) {
    this.target = target;
    this.tag = tag;
  }

  static Connection wrap(Connection connection, UnaryOperator<String> tag) {
    return proxy(Connection.class, connection, tag);
  }

  private static <T> T proxy(Class<T> type, T target, UnaryOperator<String> tag) {
    return type.cast(
        Proxy.newProxyInstance(
            TaggingConnection.class.getClassLoader(),
            new Class<?>[] {type},
            new TaggingConnection(target, tag)));
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
    if (method.getName().equals("createStatement") && result instanceof Statement s) {
      return proxy(Statement.class, s, tag);
    }
    return result;
  }
}
