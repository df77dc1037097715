// A fixture of tst_layering_catches: config/ may include nothing of ours, so the check must reject this.
#pragma once
#include "engine/ExtractionOptions.h"
