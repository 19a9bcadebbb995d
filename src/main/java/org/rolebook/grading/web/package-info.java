/** The live suggestion panel beside the role profile form, and a stored profile's suggestion as JSON. */
@NullMarked
package org.rolebook.grading.web;

import org.jspecify.annotations.NullMarked;
