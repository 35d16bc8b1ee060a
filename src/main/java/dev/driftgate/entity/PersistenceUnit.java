package dev.driftgate.entity;

import dev.driftgate.error.DriftgateException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * One {@code <persistence-unit>} of a {@code META-INF/persistence.xml} on the entity class path, as
 * a JPA provider boots it: the classes it lists, whether it leaves out every other annotated class
 * ({@code <exclude-unlisted-classes>}), and its properties (naming strategies and the Hibernate
 * settings that shape the schema).
 *
 * @param listed the classes the unit names, in order
 * @param onlyListed true when the unit excludes unlisted classes: only {@code listed} are entities
 */
public record PersistenceUnit(
    String name, List<String> listed, boolean onlyListed, Map<String, String> properties) {
  static final String FILE = "META-INF/persistence.xml";

  /** The unit {@code name} of the persistence.xml files on {@code classpath}. */
  public static PersistenceUnit read(List<Path> classpath, String name) {
    Map<String, PersistenceUnit> units = new LinkedHashMap<>();
    for (Path entry : classpath) {
      read(entry).forEach(u -> units.putIfAbsent(u.name(), u));
    }
    PersistenceUnit unit = units.get(name);
    if (unit != null) {
      return unit;
    }
    throw DriftgateException.badInput(
        units.isEmpty()
            ? "--persistence-unit " + name + ": no " + FILE + " on the entity class path"
            : "--persistence-unit "
                + name
                + ": no such unit in "
                + FILE
                + " (units: "
                + String.join(", ", units.keySet())
                + ")");
  }

  /** Whether the unit lets {@code className} in: a listed class, or any when unlisted count. */
  boolean admits(String className) {
    return !onlyListed || listed.contains(className);
  }

  /** {@code settings} with the unit's naming strategies and Hibernate settings over them. */
  BootSettings over(BootSettings settings) {
    Naming naming =
        new Naming(
            properties.getOrDefault(
                "hibernate.physical_naming_strategy", settings.naming().physical()),
            properties.getOrDefault(
                "hibernate.implicit_naming_strategy", settings.naming().implicit()));
    Map<String, String> hibernate = new LinkedHashMap<>(settings.hibernate());
    hibernate.putAll(properties);
    return new BootSettings(naming, hibernate);
  }

  private static List<PersistenceUnit> read(Path entry) {
    try {
      if (Files.isDirectory(entry)) {
        Path file = entry.resolve(FILE);
        if (!Files.isRegularFile(file)) {
          return List.of();
        }
        try (InputStream in = Files.newInputStream(file)) {
          return parse(in, file.toString());
        }
      }
      try (JarFile jar = new JarFile(entry.toFile())) {
        ZipEntry file = jar.getEntry(FILE);
        if (file == null) {
          return List.of();
        }
        try (InputStream in = jar.getInputStream(file)) {
          return parse(in, entry + "!/" + FILE);
        }
      }
    } catch (IOException e) {
      throw DriftgateException.badInput(entry + ": " + FILE + " cannot be read: " + e.getMessage());
    }
  }

  private static List<PersistenceUnit> parse(InputStream in, String display) throws IOException {
    Element root;
    try {
      root = builder().parse(in).getDocumentElement();
    } catch (SAXParseException e) {
      throw DriftgateException.badInput(
          display + ":" + e.getLineNumber() + ": malformed XML: " + e.getMessage());
    } catch (SAXException e) {
      throw DriftgateException.badInput(display + ": malformed XML: " + e.getMessage());
    }
    List<PersistenceUnit> units = new ArrayList<>();
    NodeList nodes = root.getElementsByTagNameNS("*", "persistence-unit");
    for (int i = 0; i < nodes.getLength(); i++) {
      units.add(unit((Element) nodes.item(i)));
    }
    return units;
  }

  private static PersistenceUnit unit(Element unit) {
    List<String> classes = texts(unit, "class");
    List<String> exclude = texts(unit, "exclude-unlisted-classes");
    // an empty <exclude-unlisted-classes/> means true, as the schema's default value says
    boolean onlyListed = !exclude.isEmpty() && !exclude.get(0).equalsIgnoreCase("false");
    Map<String, String> properties = new LinkedHashMap<>();
    NodeList nodes = unit.getElementsByTagNameNS("*", "property");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element p = (Element) nodes.item(i);
      properties.put(p.getAttribute("name").strip(), p.getAttribute("value").strip());
    }
    return new PersistenceUnit(unit.getAttribute("name"), classes, onlyListed, properties);
  }

  private static List<String> texts(Element parent, String tag) {
    List<String> texts = new ArrayList<>();
    NodeList nodes = parent.getElementsByTagNameNS("*", tag);
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().strip());
    }
    return texts;
  }

  /** A parser that reads no DTD and expands no external entity: the file is the project's. */
  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no XML parser", e);
    }
  }
}
