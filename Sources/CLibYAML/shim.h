#ifndef MEETY_CLIBYAML_SHIM_H
#define MEETY_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
