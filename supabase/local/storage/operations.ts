/** Storage's operation names, exposed to policies through `current_setting('storage.operation', true)`. */
export const operations = {
  createBucket: "storage.bucket.create",
  deleteBucket: "storage.bucket.delete",
  emptyBucket: "storage.bucket.empty",
  listBuckets: "storage.bucket.list",
  getBucket: "storage.bucket.get",
  updateBucket: "storage.bucket.update",
  copyObject: "storage.object.copy",
  uploadObject: "storage.object.upload",
  deleteObject: "storage.object.delete",
  deleteObjects: "storage.object.delete_many",
  getPublicObject: "storage.object.get_public",
  getObject: "storage.object.get_authenticated",
  objectInfo: "storage.object.info_authenticated",
  signUploadUrl: "storage.object.sign_upload_url",
  signObjectUrl: "storage.object.sign",
  signObjectUrls: "storage.object.sign_many",
  listObjects: "storage.object.list",
  moveObject: "storage.object.move",
  updateObject: "storage.object.upload_update",
  uploadSignedObject: "storage.object.upload_signed",
} as const;

export type Operation = (typeof operations)[keyof typeof operations];
