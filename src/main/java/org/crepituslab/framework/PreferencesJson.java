package org.crepituslab.framework;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The preferences file's JSON, read and written with Jackson's streaming parser rather than its
 * object mapper: the file is one flat object of five scalars, and the mapper's first use loads
 * about 350 classes and allocates several megabytes on the start-up path (measured in
 * doc/BENCHMARKS.md), before the first frame can be shown.
 */
final class PreferencesJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** One top-level field's value: a string, number or boolean, or only what it looked like. */
    record Value(JsonToken kind, String text) {
        boolean isString() {
            return kind == JsonToken.VALUE_STRING;
        }

        boolean isNumber() {
            return kind == JsonToken.VALUE_NUMBER_INT || kind == JsonToken.VALUE_NUMBER_FLOAT;
        }

        boolean isBoolean() {
            return kind == JsonToken.VALUE_TRUE || kind == JsonToken.VALUE_FALSE;
        }

        /** How the value is shown in a message: strings quoted, as in the file. */
        @Override
        public String toString() {
            return switch (kind) {
                case VALUE_STRING -> "\"" + text + "\"";
                case START_OBJECT -> "an object";
                case START_ARRAY -> "a list";
                default -> text;
            };
        }
    }

    private PreferencesJson() {
    }

    /** The top-level fields of a JSON object; throws when the text is not one JSON object. */
    static Map<String, Value> read(byte[] json) throws IOException, PreferencesStore.PreferencesFormatException {
        Map<String, Value> fields = new LinkedHashMap<>();
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new PreferencesStore.PreferencesFormatException("the file is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken kind = p.nextToken();
                String text = kind.isScalarValue() ? p.getText() : null;
                if (kind.isStructStart()) {
                    p.skipChildren();
                }
                fields.put(name, new Value(kind, text));
            }
        }
        return fields;
    }

    /** The preferences as an indented JSON object, fields in the given order. */
    static byte[] write(Map<String, Object> fields) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            for (Map.Entry<String, Object> e : fields.entrySet()) {
                g.writeFieldName(e.getKey());
                Object v = e.getValue();
                if (v instanceof Boolean b) {
                    g.writeBoolean(b);
                } else if (v instanceof Double d) {
                    g.writeNumber(d);
                } else {
                    g.writeString(String.valueOf(v));
                }
            }
            g.writeEndObject();
        }
        return out.toByteArray();
    }
}
