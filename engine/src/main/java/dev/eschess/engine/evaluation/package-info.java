/** How the engine judges a position without searching: material, placement, mobility, pawns and king shelter. */
package dev.eschess.engine.evaluation;
