// The three best learning paths from singapore to makassar about Quality Environment.
#include <ascn/algorithm/paths.hpp>
#include <ascn/asean/focus_records.hpp>
#include <ascn/asean/learning_model.hpp>

#include <cstdio>

int main() {
    const ascn::data::dataset& d = ascn::data::embedded_dataset();
    ascn::learning_model model;                  // the default model
    model.focus = ascn::focus_area::environment; // knowledge about Quality Environment
    const ascn::snapshot lg(d.network, model);   // cities, partners, countries, (network)
    const auto from = *lg.find("singapore"), to = *lg.find("makassar");
    for (const ascn::path& p : ascn::k_best_paths(lg, from, to, 3)) {
        std::printf("cost %.3f, probability %.4f\n", p.cost, p.probability());
        for (const ascn::hop_explanation& h : ascn::explain(lg, p))
            std::printf("  %s -> %s: %s\n", h.from.c_str(), h.to.c_str(), h.reason.c_str());
    }
}
