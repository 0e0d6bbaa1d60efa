package id.giliran.history.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.giliran.api.history.HistoryField;
import id.giliran.api.history.PersonalFields;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Turns an event's payload or an aggregate's fields into a readable list of fields, nested values
 * as {@code a.b} and {@code a[0]}, each value as text, personal ones masked by {@link PersonalFields}.
 * It reads fields, never getters, so an aggregate's state is shown as the aggregate holds it.
 */
final class FieldText {

    private static final ObjectMapper FIELDS = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

    private FieldText() {
    }

    /** An event's fields; {@code type} is the event's simple class name (it decides what is personal). */
    static List<HistoryField> ofPayload(String type, Object payload) {
        List<HistoryField> fields = new ArrayList<>();
        flatten(type, payload == null ? null : payload.getClass(), "", tree(payload), fields);
        return fields;
    }

    /** An aggregate's fields, one by one (a field that cannot be read as a tree is shown by its text). */
    static List<HistoryField> ofAggregate(Object aggregate) {
        String type = aggregate.getClass().getSimpleName();
        List<HistoryField> fields = new ArrayList<>();
        for (Class<?> owner = aggregate.getClass(); owner != null && owner != Object.class; owner = owner.getSuperclass()) {
            for (Field field : owner.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
                    continue;
                }
                field.setAccessible(true);
                Object value;
                try {
                    value = field.get(aggregate);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + field, e);
                }
                flatten(type, null, field.getName(), tree(value), fields);
            }
        }
        return fields;
    }

    private static JsonNode tree(Object value) {
        try {
            return FIELDS.valueToTree(value);
        } catch (IllegalArgumentException unreadable) {
            return FIELDS.getNodeFactory().textNode(String.valueOf(value));
        }
    }

    private static void flatten(String type, Class<?> marked, String path, JsonNode node, List<HistoryField> into) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            into.add(new HistoryField(path, null));
        } else if (node.isObject()) {
            if (node.isEmpty() && !path.isEmpty()) {
                into.add(new HistoryField(path, null));
            }
            for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = entries.next();
                flatten(type, marked, path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), entry.getValue(),
                        into);
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                into.add(new HistoryField(path, null));
            }
            for (int index = 0; index < node.size(); index++) {
                flatten(type, marked, path + "[" + index + "]", node.get(index), into);
            }
        } else {
            into.add(new HistoryField(path, marked != null ? PersonalFields.shown(marked, path, node.asText())
                    : PersonalFields.shown(type, path, node.asText())));
        }
    }
}
