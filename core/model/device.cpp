// Where the taggers run: the choice between the CPU and CUDA, and the fallback to the CPU.
#include "model/tagger_impl.h"

namespace mner {

bool cudaAvailable() {
    try {
        return torch::cuda::is_available();
    } catch (const std::exception &) { return false; }
}

DeviceChoice chooseDevice(const std::string &setting, bool cuda) {
    if (setting == "cpu") return {"cpu", ""};
    if (setting == "auto" || setting.empty()) return {cuda ? "cuda" : "cpu", ""};
    if (setting == "cuda")
        return cuda ? DeviceChoice{"cuda", ""}
                    : DeviceChoice{"cpu", "no CUDA device (or this libtorch has no CUDA): running on the CPU"};
    throw ModelError("unknown device '" + setting + "' (auto, cpu or cuda)");
}

void runWithCpuFallback(const std::string &device, const std::function<void(const std::string &)> &run, std::string *note) {
    if (device == "cpu") {
        run(device);
        return;
    }
    try {
        run(device);
    } catch (const std::exception &e) {
        // out of memory, a missing driver, an operation the device lacks: the CPU does it all
        if (note) *note = "the " + device + " run failed (" + e.what() + "): ran on the CPU";
        run("cpu");
    }
}

void Tagger::setDevice(const std::string &name) {
    torch::Device dev(torch::kCPU);
    try {
        dev = torch::Device(name);
    } catch (const c10::Error &) { throw ModelError("unknown device '" + name + "' (cpu or cuda)"); }
    if (dev == d_->device) return;
    if (dev.is_cuda() && !cudaAvailable()) throw ModelError("no CUDA device (or this libtorch has no CUDA)");
    if (d_->msb && !dev.is_cpu()) throw ModelError("MSB models run on the CPU in this version");
    torch::NoGradGuard ng;
    for (auto &m : d_->members) m->setDevice(name);
    if (d_->net) {
        d_->net->to(dev);
        d_->net->crf->to(torch::kCPU);  // decoding stays on the CPU: small, sequential, exact
    }
    d_->device = dev;
}

std::string Tagger::device() const { return d_->device.str(); }

}  // namespace mner
