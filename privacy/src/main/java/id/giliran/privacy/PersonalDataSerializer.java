package id.giliran.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.SubjectKind;
import id.giliran.api.privacy.SubjectRef;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.json.JacksonSerializer;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The one place personal data is sealed and opened: the event serializer of every module (event store, dead
 * letters, Axon Server), wrapping Jackson. Writing an event, each {@link PersonalData} field is replaced by its
 * JSON sealed with the key of the event's data subject; reading, sealed values are opened, and those of an
 * erased subject read {@link PersonalData#ERASED} (text) or nothing. Events stored before sealing began still
 * carry their personal fields in the clear: they are read as they are, and blanked the same way once their
 * subject is erased (the upcasting of old events). Non-personal facts are never touched, so projections, reports
 * and timelines read them as before.
 */
public class PersonalDataSerializer implements Serializer {

    private final JacksonSerializer delegate;
    private final ObjectMapper mapper;
    private final PersonalDataCipher cipher;

    public PersonalDataSerializer(JacksonSerializer delegate, PersonalDataCipher cipher) {
        this.delegate = delegate;
        this.mapper = delegate.getObjectMapper();
        this.cipher = cipher;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        PersonalFieldModel model = object == null ? null : PersonalFieldModel.of(object.getClass());
        if (model == null || !model.hasPersonal()) {
            return delegate.serialize(object, expectedRepresentation);
        }
        ObjectNode tree = mapper.valueToTree(object);
        seal(tree, model, subjectOf(tree, model, object.getClass()));
        T data = getConverter().convert(tree, JsonNode.class, expectedRepresentation);
        return new SimpleSerializedObject<>(data, expectedRepresentation, typeForClass(object.getClass()));
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        SerializedType type = serializedObject.getType();
        if (type == null || SerializedType.emptyType().equals(type)) {
            return delegate.deserialize(serializedObject);
        }
        Class<?> target = classForType(type);
        PersonalFieldModel model = target == UnknownSerializedType.class ? null : PersonalFieldModel.of(target);
        if (model == null || !model.hasPersonal()) {
            return delegate.deserialize(serializedObject);
        }
        JsonNode tree = getConverter().convert(serializedObject.getData(), serializedObject.getContentType(),
                JsonNode.class).deepCopy();
        if (tree instanceof ObjectNode object) {
            open(object, model, new Subject(subjectOf(object, model, target)));
        }
        return delegate.deserialize(new SimpleSerializedObject<>(tree, JsonNode.class, type));
    }

    /** The object (an event, or anything else with personal fields) as stored, for tests and tools. */
    public JsonNode sealedTree(Object object) {
        PersonalFieldModel model = PersonalFieldModel.of(object.getClass());
        ObjectNode tree = mapper.valueToTree(object);
        if (model.hasPersonal()) {
            seal(tree, model, subjectOf(tree, model, object.getClass()));
        }
        return tree;
    }

    private SubjectRef subjectOf(JsonNode tree, PersonalFieldModel model, Class<?> type) {
        JsonNode id = tree.get(model.subjectField());
        if (id == null || !id.isTextual() || id.asText().isBlank() || PersonalDataCipher.isSealed(id.asText())) {
            // personal data whose person the event does not name: sealed under one key per event type, so it is
            // still never stored in the clear (it cannot be erased person by person)
            return new SubjectRef(model.subjectKind() == null ? SubjectKind.ACCOUNT : model.subjectKind(),
                    "unlinked:" + type.getSimpleName());
        }
        return new SubjectRef(model.subjectKind(), id.asText());
    }

    private void seal(ObjectNode tree, PersonalFieldModel model, SubjectRef subject) {
        forEachPersonal(tree, model, (node, field) -> {
            JsonNode value = node.get(field.name());
            if (!(value.isTextual() && PersonalDataCipher.isSealed(value.asText()))) {
                node.put(field.name(), cipher.seal(subject, value.toString()));
            }
        });
    }

    private void open(ObjectNode tree, PersonalFieldModel model, Subject subject) {
        forEachPersonal(tree, model, (node, field) -> {
            JsonNode value = node.get(field.name());
            if (value.isTextual() && PersonalDataCipher.isSealed(value.asText())) {
                Optional<String> plain = cipher.open(value.asText());
                node.set(field.name(), plain.isPresent() ? parse(plain.get()) : erased(field.type()));
            } else if (subject.erased()) {
                node.set(field.name(), erased(field.type()));
            }
        });
    }

    /** Calls {@code action} with each present personal field and the object holding it, nested records included. */
    private static void forEachPersonal(ObjectNode tree, PersonalFieldModel model,
                                        BiConsumer<ObjectNode, PersonalFieldModel.Field> action) {
        for (PersonalFieldModel.Field field : model.fields()) {
            JsonNode value = tree.get(field.name());
            if (value == null || value.isNull()) {
                continue;
            }
            if (field.personal()) {
                action.accept(tree, field);
            } else if (value instanceof ObjectNode nested) {
                forEachPersonal(nested, field.nested(), action);
            } else if (value instanceof ArrayNode elements) {
                for (JsonNode element : elements) {
                    if (element instanceof ObjectNode nested) {
                        forEachPersonal(nested, field.nested(), action);
                    }
                }
            }
        }
    }

    /** What an erased field reads: the mark for text, empty for collections, nothing for the rest. */
    static JsonNode erased(Class<?> type) {
        if (CharSequence.class.isAssignableFrom(type)) {
            return TextNode.valueOf(PersonalData.ERASED);
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return JsonNodeFactory.instance.arrayNode();
        }
        if (Map.class.isAssignableFrom(type)) {
            return JsonNodeFactory.instance.objectNode();
        }
        return NullNode.getInstance();
    }

    private JsonNode parse(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a sealed personal value is no JSON", e);
        }
    }

    /** The subject of one event being read, asked about erasure only when a value in the clear needs it. */
    private final class Subject {
        private final SubjectRef ref;
        private Boolean erased;

        Subject(SubjectRef ref) {
            this.ref = ref;
        }

        boolean erased() {
            if (erased == null) {
                erased = cipher.keys().isErased(ref);
            }
            return erased;
        }
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
