package org.rolebook.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextBlockTests {

    @Test
    void readsBulletedLinesAsItemsAndOtherLinesAsParagraphs() {
        TextBlock block = new TextBlock("Role holders may be responsible for:\n"
                + "· Planning tasks; or\n"
                + "•  Producing work\n"
                + "\n"
                + "* Checking work\n"
                + "- Giving advice\n"
                + "– Keeping records\n"
                + "In addition, other duties.");

        assertThat(block.paragraphs())
                .containsExactly("Role holders may be responsible for:", "In addition, other duties.");
        assertThat(block.items())
                .containsExactly(
                        "Planning tasks; or", "Producing work", "Checking work", "Giving advice", "Keeping records");
        assertThat(block.parts().getFirst())
                .isEqualTo(new TextBlock.Part("Role holders may be responsible for:", false));
    }

    @Test
    void gathersConsecutiveItemsIntoOneList() {
        TextBlock block = new TextBlock("Intro\n· One\n· Two\nMiddle\n· Three");

        assertThat(block.groups())
                .containsExactly(
                        new TextBlock.Group(false, List.of("Intro")),
                        new TextBlock.Group(true, List.of("One", "Two")),
                        new TextBlock.Group(false, List.of("Middle")),
                        new TextBlock.Group(true, List.of("Three")));
    }

    @Test
    void joinsThePartsIntoPlainText() {
        assertThat(new TextBlock("  Intro\r\n· One\n\n· Two  ").plain()).isEqualTo("Intro One Two");
        assertThat(new TextBlock("").parts()).isEmpty();
    }
}
