package id.giliran.privacy;

import id.giliran.api.privacy.DataSubject;
import id.giliran.api.privacy.PersonalData;
import id.giliran.api.privacy.SubjectKind;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a record's personal fields are, read once per type from the {@link PersonalData} and {@link DataSubject}
 * marks of its components (and of the records inside it, alone or in collections).
 */
final class PersonalFieldModel {

    private static final Map<Class<?>, PersonalFieldModel> MODELS = new ConcurrentHashMap<>();
    private static final PersonalFieldModel NONE = new PersonalFieldModel(List.of(), null, null);

    /** One component: personal itself, or a record (or collection of records) with personal fields inside. */
    record Field(String name, Class<?> type, boolean personal, PersonalFieldModel nested) {
    }

    private final List<Field> fields;
    private final String subjectField;
    private final SubjectKind subjectKind;

    private PersonalFieldModel(List<Field> fields, String subjectField, SubjectKind subjectKind) {
        this.fields = fields;
        this.subjectField = subjectField;
        this.subjectKind = subjectKind;
    }

    static PersonalFieldModel of(Class<?> type) {
        if (type == null || !type.isRecord()) {
            return NONE;
        }
        PersonalFieldModel known = MODELS.get(type);
        if (known != null) {
            return known;
        }
        PersonalFieldModel made = read(type);
        MODELS.put(type, made);
        return made;
    }

    private static PersonalFieldModel read(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        String subjectField = null;
        SubjectKind subjectKind = null;
        for (RecordComponent component : type.getRecordComponents()) {
            DataSubject subject = component.getAnnotation(DataSubject.class);
            if (subject != null) {
                subjectField = component.getName();
                subjectKind = subject.value();
            }
            if (component.isAnnotationPresent(PersonalData.class)) {
                fields.add(new Field(component.getName(), component.getType(), true, null));
                continue;
            }
            Class<?> inner = component.getType();
            if (Collection.class.isAssignableFrom(inner)) {
                inner = elementType(component.getGenericType());
            }
            if (inner != null && inner != type && inner.isRecord()) {
                PersonalFieldModel nested = of(inner);
                if (nested.hasPersonal()) {
                    fields.add(new Field(component.getName(), component.getType(), false, nested));
                }
            }
        }
        // a record inside an event (patient details, a request on someone's behalf) takes the event's subject
        if (!fields.isEmpty() && subjectField == null && type.getSimpleName().endsWith("Event")) {
            throw new IllegalStateException(type.getName() + " has personal fields but no @DataSubject component");
        }
        return fields.isEmpty() ? NONE : new PersonalFieldModel(List.copyOf(fields), subjectField, subjectKind);
    }

    private static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length == 1
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }

    boolean hasPersonal() {
        return !fields.isEmpty();
    }

    List<Field> fields() {
        return fields;
    }

    String subjectField() {
        return subjectField;
    }

    SubjectKind subjectKind() {
        return subjectKind;
    }

}
