package org.ctorole.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.util.List;
import org.ctorole.model.profile.OrganisationProfile;
import org.ctorole.model.profile.Stage;
import org.junit.jupiter.api.Test;

/** What the mapping could not absorb is said in the reader's words, never Jackson's. */
class MappingFailuresTest {

    @Test
    void aMismatchNamesWhatWasExpected() {
        assertThat(MappingFailures.describe(MismatchedInputException.from((JsonParser) null, Integer.class,
                "Cannot deserialize value of type `java.lang.Integer` from String \"x\"")))
                .isEqualTo("expected a whole number here");
        assertThat(MappingFailures.describe(MismatchedInputException.from((JsonParser) null, Stage.class,
                "Cannot coerce String value (\"\") to `org.ctorole.model.profile.Stage` value (CoercionConfig)")))
                .isEqualTo("expected one of STARTUP, SCALEUP, ENTERPRISE here");
        assertThat(MappingFailures.describe(MismatchedInputException.from((JsonParser) null, List.class, "x")))
                .isEqualTo("expected a list here");
    }

    @Test
    void aRefusalByARecordGivesTheRecordsReason() {
        ValueInstantiationException e = ValueInstantiationException.from((JsonParser) null,
                "Cannot construct instance of `org.ctorole.model.profile.OrganisationProfile`, problem: bad",
                TypeFactory.defaultInstance().constructType(OrganisationProfile.class),
                new IllegalArgumentException("headcount: -1 is below 0\n\tat ..."));

        assertThat(MappingFailures.describe(e)).isEqualTo("invalid value: headcount: -1 is below 0");
    }

    @Test
    void anythingElseIsAPlainRefusal() {
        assertThat(MappingFailures.describe(JsonMappingException.from((JsonParser) null,
                "No fallback setter/field defined for creator property 'organisation'")))
                .isEqualTo("this value cannot be read here");
    }
}
