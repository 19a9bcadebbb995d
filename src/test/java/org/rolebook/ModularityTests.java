package org.rolebook;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules and their declared dependencies, verified; their documentation written to target/. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(RolebookApplication.class);

    @Test
    void modulesKeepTheirDeclaredDependencies() {
        MODULES.verify();
    }

    @Test
    void documentTheModules() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
