package org.ctorole.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceTest {

    @Test
    void prints_seed_then_section() {
        Source source = new Source("001_e42d2f951c31f78b.txt", "§1.2 Technical Evangelist");

        assertThat(source).hasToString("001_e42d2f951c31f78b.txt §1.2 Technical Evangelist");
    }

    @Test
    void rejects_blank_seed() {
        assertThatThrownBy(() -> new Source(" ", "§1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("seed");
    }

    @Test
    void rejects_blank_section() {
        assertThatThrownBy(() -> new Source("001_e42d2f951c31f78b.txt", ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("section");
    }

    @Test
    void rejects_null_values() {
        assertThatThrownBy(() -> new Source(null, "§1")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Source("001_e42d2f951c31f78b.txt", null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void equal_by_value() {
        assertThat(new Source("a.txt", "§1")).isEqualTo(new Source("a.txt", "§1"));
    }
}
