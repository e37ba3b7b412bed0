package io.plancycle.plan;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;

/**
 * Reads a target of a saved draft as written: either the text itself ({@code "≧1200"}) or the object the plan is
 * read with ({@code {"raw": "≧1200", "kind": …}}), so that a plan read can be saved back as it is.
 */
class TargetAsWritten extends JsonDeserializer<String> {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode node = parser.readValueAsTree();
        if (node.isObject()) {
            JsonNode raw = node.get("raw");
            return raw == null || raw.isNull() ? null : raw.asText();
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        return (String) context.handleUnexpectedToken(String.class, parser);
    }
}
