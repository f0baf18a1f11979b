package org.ctorole.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import java.io.IOException;

/**
 * Turns what Jackson would throw on (unknown fields, a list where an object belongs, ...) into
 * recorded problems, skips the offending value and lets the read go on, so that one read
 * reports every problem. Stateless: the problems go to the {@link ReadSession} of the read.
 */
final class RecordingProblemHandler extends DeserializationProblemHandler {

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                         Object beanOrClass, String propertyName) throws IOException {
        ReadSession.of(ctxt).add(ReadSession.unknownFieldPath(ctxt, p, propertyName),
                "unknown field '" + ReadSession.shorten(propertyName) + "'");
        p.skipChildren();
        return true;
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
                                        String failureMsg) throws IOException {
        if (targetType.isPrimitive()) {
            return NOT_HANDLED; // null cannot stand in for a primitive
        }
        ReadSession.of(ctxt).wrongType(p, expected(targetType));
        return null;
    }

    @Override
    public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                                            ValueInstantiator valueInsta, JsonParser p, String msg)
            throws IOException {
        ReadSession.of(ctxt).wrongType(p, "an object");
        return null;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                                         String failureMsg) throws IOException {
        if (targetType.isPrimitive()) {
            return NOT_HANDLED;
        }
        ReadSession.of(ctxt).wrongType(ctxt.getParser(), "a " + targetType.getSimpleName());
        return null;
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
                                         String failureMsg) throws IOException {
        if (targetType.isPrimitive()) {
            return NOT_HANDLED;
        }
        ReadSession.of(ctxt).wrongType(ctxt.getParser(), "a " + targetType.getSimpleName());
        return null;
    }

    private static String expected(JavaType type) {
        if (type.isCollectionLikeType() || type.isArrayType()) {
            return "a list";
        }
        return "an object";
    }
}
