/** Grade suggestion as JSON: {@code POST /api/suggestions}. */
@NullMarked
package org.rolebook.matching.web;

import org.jspecify.annotations.NullMarked;
