import FlowDiagnostics
import FlowModel
import FlowStore
import Foundation

/// `store_materials`: the step's checked uploads, stored once by content hash.
struct StoreMaterials: ActionPerformer {
    func perform(_ context: ActionContext) async throws(EngineError) -> Result<ActionEffects, ActionRejection> {
        var effects = ActionEffects()
        let now = context.clock.now()
        for (material, upload) in context.uploads.sorted(by: { $0.key < $1.key }) {
            let data = Data(upload.bytes)
            let hash = SHA256Hex.of(upload.bytes)
            effects.materialBlobs.append(MaterialBlobRecord(
                sha256: hash, size: Int64(data.count), type: upload.detectedType?.rawValue ?? "unknown", bytes: data))
            effects.orderMaterials.append(OrderMaterialRecord(orderId: context.orderID, material: material, sha256: hash, storedAt: now))
            effects.detail[material] = "\(upload.detectedType?.rawValue ?? "?") \(data.count) B sha256:\(hash.prefix(12))"
        }
        let carried = context.state.materials.keys.filter { context.uploads[$0] == nil }.count
        effects.outputs["materials.stored"] = .int(Int64(effects.orderMaterials.count + carried))
        return .success(effects)
    }
}
