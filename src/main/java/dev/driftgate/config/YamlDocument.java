package dev.driftgate.config;

import dev.driftgate.error.DriftgateException;
import dev.driftgate.error.InputFiles;
import dev.driftgate.error.InputLimit;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * A YAML file as a tree of nodes that remember their line, so that every validation error can say
 * where it is. Only mappings, sequences and scalars exist here; anchors and tags are not part of
 * the manifest format.
 */
final class YamlDocument {
  private final String display;
  private final org.snakeyaml.engine.v2.nodes.Node root;

  private YamlDocument(String display, org.snakeyaml.engine.v2.nodes.Node root) {
    this.display = display;
    this.root = root;
  }

  static YamlDocument load(Path projectRoot, String relativePath) {
    String text =
        InputFiles.readUtf8(projectRoot.resolve(relativePath), relativePath, InputLimit.MANIFEST);
    // setAllowDuplicateKeys acts only in snakeyaml's constructor, which the composer bypasses:
    // Node.entries() refuses duplicates itself, with both lines
    LoadSettings settings = LoadSettings.builder().setAllowDuplicateKeys(false).build();
    org.snakeyaml.engine.v2.nodes.Node node =
        YamlInput.parse(
            relativePath,
            () ->
                new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)))
                    .getSingleNode()
                    .orElse(null));
    if (node == null) {
      throw DriftgateException.badInput(
          relativePath + ": empty manifest (expected a 'migrations:' list)");
    }
    return new YamlDocument(relativePath, node);
  }

  Node root() {
    return new Node(root);
  }

  /** One node of the tree, with accessors that fail as input errors naming the node's line. */
  final class Node {
    private final org.snakeyaml.engine.v2.nodes.Node node;

    private Node(org.snakeyaml.engine.v2.nodes.Node node) {
      this.node = node;
    }

    int line() {
      return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    void check(boolean condition, String message) {
      if (!condition) {
        throw DriftgateException.badInput(display + ":" + line() + ": " + message);
      }
    }

    String text() {
      check(node instanceof ScalarNode, "expected a single value here");
      String value = ((ScalarNode) node).getValue().trim();
      check(!value.isEmpty(), "expected a value here, found nothing");
      return value;
    }

    List<Node> items() {
      check(node instanceof SequenceNode, "expected a list here");
      return ((SequenceNode) node).getValue().stream().map(Node::new).toList();
    }

    Map<String, Node> entries() {
      check(node instanceof MappingNode, "expected a mapping (key: value) here");
      Map<String, Node> entries = new LinkedHashMap<>();
      Map<String, Integer> keyLines = new HashMap<>();
      for (NodeTuple tuple : ((MappingNode) node).getValue()) {
        Node key = new Node(tuple.getKeyNode());
        Integer earlier = keyLines.putIfAbsent(key.text(), key.line());
        // the composer keeps both; a map would keep the last one and silently drop the first
        key.check(
            earlier == null,
            "duplicate key '"
                + key.text()
                + "' (first on line "
                + earlier
                + "); each key may appear once in a mapping");
        entries.put(key.text(), new Node(tuple.getValueNode()));
      }
      return entries;
    }

    boolean has(String key) {
      return entries().containsKey(key);
    }

    Node get(String key) {
      Node value = entries().get(key);
      check(value != null, "missing '" + key + "'");
      return value;
    }

    void requireKeys(Set<String> allowed) {
      for (Map.Entry<String, Node> e : entries().entrySet()) {
        e.getValue()
            .check(
                allowed.contains(e.getKey()),
                "unknown key '"
                    + e.getKey()
                    + "' (expected one of "
                    + new TreeSet<>(allowed)
                    + ")");
      }
    }
  }
}
