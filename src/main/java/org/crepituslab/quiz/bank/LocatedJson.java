package org.crepituslab.quiz.bank;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON tree that remembers where each value was in the text, so every problem can be reported
 * as file:line:column plus its JSON path. Duplicate keys are reported (not silently overwritten).
 */
final class LocatedJson {
    /** 1-based line and column of a value in the text. */
    record Location(int line, int column) {
    }

    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonNode root;
    private final Map<String, Location> locations;
    private final List<BankProblem> problems;

    private LocatedJson(JsonNode root, Map<String, Location> locations, List<BankProblem> problems) {
        this.root = root;
        this.locations = locations;
        this.problems = problems;
    }

    JsonNode root() {
        return root;
    }

    /** Problems found while parsing (duplicate keys). */
    List<BankProblem> problems() {
        return problems;
    }

    /** Where the value at a path starts; for a missing path, the nearest enclosing value. */
    Location locate(String path) {
        String p = path;
        while (true) {
            Location loc = locations.get(p);
            if (loc != null || p.isEmpty()) {
                return loc == null ? new Location(1, 1) : loc;
            }
            p = parent(p);
        }
    }

    static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    static String child(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    static String index(String path, int i) {
        return path + "[" + i + "]";
    }

    static LocatedJson parse(String text, String file) throws BankFormatException {
        // about one JSON value per 25 characters of a pretty-printed bank: size the map once
        Map<String, Location> locations = new HashMap<>(Math.max(16, text.length() / 12));
        List<BankProblem> problems = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new BankFormatException(new BankProblem(file, 1, 1, "", "the file is empty; expected a JSON object"));
            }
            JsonNode root = new Reader(p, file, locations, problems).read("");
            if (p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new BankFormatException(new BankProblem(file, at.getLineNr(), at.getColumnNr(), "",
                        "unexpected content after the end of the JSON value"));
            }
            return new LocatedJson(root, locations, problems);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String m = String.valueOf(e.getOriginalMessage());
            String why = m.contains("NaN") || m.contains("Infinity")
                    ? "not a finite number: NaN and Infinity cannot be scored or compared; write a plain number"
                    : "JSON syntax error: " + m;
            throw new BankFormatException(new BankProblem(file, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), "", why));
        } catch (IOException e) {
            throw new BankFormatException(new BankProblem(file, 0, 0, "", "cannot be read: " + e.getMessage()));
        }
    }

    private record Reader(JsonParser p, String file, Map<String, Location> locations, List<BankProblem> problems) {
        JsonNode read(String path) throws IOException {
            JsonLocation at = p.currentTokenLocation();
            Location here = new Location(at.getLineNr(), at.getColumnNr());
            locations.put(path, here);
            JsonNodeFactory f = JsonNodeFactory.instance;
            return switch (p.currentToken()) {
                case START_OBJECT -> {
                    ObjectNode o = f.objectNode();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        JsonLocation nameAt = p.currentTokenLocation();
                        p.nextToken();
                        String childPath = child(path, name);
                        if (o.has(name)) {
                            Location first = locations.get(childPath);
                            problems.add(new BankProblem(file, nameAt.getLineNr(), nameAt.getColumnNr(), childPath,
                                    "duplicate key \"" + name + "\" (first given at line " + first.line() + ")"));
                            Location keep = first;
                            read(childPath + "#dup");
                            locations.put(childPath, keep);
                        } else {
                            o.set(name, read(childPath));
                        }
                    }
                    yield o;
                }
                case START_ARRAY -> {
                    ArrayNode a = f.arrayNode();
                    int i = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        a.add(read(index(path, i++)));
                    }
                    yield a;
                }
                case VALUE_STRING -> f.textNode(p.getText());
                case VALUE_NUMBER_INT -> f.numberNode(p.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT -> f.numberNode(p.getDoubleValue());
                case VALUE_TRUE -> f.booleanNode(true);
                case VALUE_FALSE -> f.booleanNode(false);
                case VALUE_NULL -> f.nullNode();
                default -> throw new IllegalStateException("unexpected token " + p.currentToken() + " at " + here);
            };
        }
    }
}
