package org.rolebook.matching.internal;

import java.util.ArrayList;
import java.util.List;
import org.rolebook.framework.FamilyLevel;
import org.rolebook.framework.Grade;
import org.rolebook.framework.JobFamily;

/**
 * Every level of every loaded family in one list, families one after another and each family's
 * levels in grade order, so that a level's neighbours are the grades either side of it.
 */
public final class Levels {

    /** A level, its family and its place in the family (0 for the lowest grade). */
    public record Level(int index, JobFamily family, FamilyLevel level, int rank) {
        public Grade grade() {
            return level.grade();
        }
    }

    private final List<Level> all;

    public Levels(List<JobFamily> families) {
        List<Level> levels = new ArrayList<>();
        for (JobFamily family : families) {
            int rank = 0;
            for (FamilyLevel level : family.levels()) {
                levels.add(new Level(levels.size(), family, level, rank++));
            }
        }
        this.all = List.copyOf(levels);
    }

    public List<Level> all() {
        return all;
    }

    public int size() {
        return all.size();
    }

    public Level get(int index) {
        return all.get(index);
    }

    /** The distance in grades between two levels of one family; -1 for levels of different families. */
    public int distance(int a, int b) {
        Level first = all.get(a);
        Level second = all.get(b);
        return first.family().slug().equals(second.family().slug()) ? Math.abs(first.rank() - second.rank()) : -1;
    }

    /**
     * Votes spread to the neighbours of their level, so that evidence for Grade 6 also speaks a
     * little for Grades 5 and 7: the accumulation the framework describes ("the difference between
     * any level is an accumulation of a number of elements").
     */
    public double[] spread(double[] votes, double[] kernel) {
        double[] spread = new double[votes.length];
        for (int i = 0; i < votes.length; i++) {
            if (votes[i] == 0) {
                continue;
            }
            for (int j = 0; j < votes.length; j++) {
                int d = distance(i, j);
                if (d >= 0 && d < kernel.length) {
                    spread[j] += votes[i] * kernel[d];
                }
            }
        }
        return spread;
    }
}
