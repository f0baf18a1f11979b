package org.ctorole.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;

/**
 * Refuses a scalar where an object or a list belongs before Jackson gets to coerce it: an
 * empty string would otherwise become null or an empty list, so {@code systems: ''} would
 * silently read as "no systems".
 */
final class ShapeGuard extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
                                                  JsonDeserializer<?> deserializer) {
        return deserializer instanceof BeanDeserializerBase ? new Guarded(deserializer, "an object") : deserializer;
    }

    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                            BeanDescription beanDesc,
                                                            JsonDeserializer<?> deserializer) {
        return new Guarded(deserializer, "a list");
    }

    private static final class Guarded extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;
        private final String expected;

        Guarded(JsonDeserializer<?> delegate, String expected) {
            super(delegate);
            this.expected = expected;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Guarded(newDelegatee, expected);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t != null && t.isScalarValue() && t != JsonToken.VALUE_NULL) {
                ReadSession.of(ctxt).wrongType(p, expected);
                return null;
            }
            return super.deserialize(p, ctxt);
        }
    }
}
