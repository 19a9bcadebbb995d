package org.rolebook.roleprofile;

/** Who did something: the name recorded in versions and the workflow history. */
public record Actor(String name) {

    public Actor {
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("an actor needs a name");
        }
    }
}
